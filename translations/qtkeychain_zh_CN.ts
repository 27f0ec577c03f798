<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QKeychain::ReadPasswordJobPrivate</name>
    <message>
        <source>Could not read password: %1; %2</source>
        <translation>无法读取密码：%1；%2</translation>
    </message>
    <message>
        <source>Unknown kwallet entry type &apos;%1&apos;</source>
        <translation>未知的 KWallet 条目类型“%1”</translation>
    </message>
    <message>
        <source>Could not decrypt data</source>
        <translation>无法解密数据</translation>
    </message>
    <message>
        <source>No keychain service available</source>
        <translation>没有可用的密钥环服务</translation>
    </message>
    <message>
        <source>Password not found</source>
        <translation>找不到密码</translation>
    </message>
    <message>
        <source>Could not determine data type: %1; %2</source>
        <translation>无法确定数据类型：%1；%2</translation>
    </message>
    <message>
        <source>Access to keychain denied</source>
        <translation>访问密钥环被拒绝</translation>
    </message>
    <message>
        <source>Unsupported entry type &apos;Map&apos;</source>
        <translation>不支持的条目类型“Map”</translation>
    </message>
    <message>
        <source>Could not open wallet: %1; %2</source>
        <translation>无法打开钱包：%1；%2</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>D-Bus is not running</source>
        <translation>D-Bus 未运行</translation>
    </message>
    <message>
        <source>Entry not found</source>
        <translation>找不到条目</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Already unlocked</source>
        <translation>已经解锁</translation>
    </message>
    <message>
        <source>I/O error</source>
        <translation>输入/输出错误</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>没有匹配项</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>No such keyring</source>
        <translation>没有这个密钥环</translation>
    </message>
    <message>
        <source>%1 (OSStatus %2)</source>
        <translation>%1（OSStatus %2）</translation>
    </message>
    <message>
        <source>Bad arguments</source>
        <translation>参数错误</translation>
    </message>
    <message>
        <source>Access to keychain denied</source>
        <translation>访问密钥环被拒绝</translation>
    </message>
    <message>
        <source>No keyring daemon</source>
        <translation>没有密钥环守护进程</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>Keyring already exists</source>
        <translation>密钥环已存在</translation>
    </message>
</context>
<context>
    <name>QKeychain::WritePasswordJobPrivate</name>
    <message>
        <source>Could not store encrypted data in settings: access error</source>
        <translation>无法在设置中保存加密数据：访问错误</translation>
    </message>
    <message>
        <source>Could not store encrypted data in settings: format error</source>
        <translation>无法在设置中保存加密数据：格式错误</translation>
    </message>
    <message>
        <source>Encryption failed</source>
        <translation>加密失败</translation>
    </message>
    <message>
        <source>Could not delete encrypted data from settings: access error</source>
        <translation>无法从设置中删除加密数据：访问错误</translation>
    </message>
    <message>
        <source>Access to keychain denied</source>
        <translation>访问密钥环被拒绝</translation>
    </message>
    <message>
        <source>Could not open wallet: %1; %2</source>
        <translation>无法打开钱包：%1；%2</translation>
    </message>
    <message>
        <source>Could not delete encrypted data from settings: format error</source>
        <translation>无法从设置中删除加密数据：格式错误</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>D-Bus is not running</source>
        <translation>D-Bus 未运行</translation>
    </message>
</context>
</TS>
